// The default control threshold's figures for the page, without the engine (see engine/robust/control-share.ts).
export { CONTROL_SHARE_2024 } from '../engine/robust/control-share.ts';
