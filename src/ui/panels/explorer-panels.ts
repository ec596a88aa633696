// The explorer's panels, loaded together by the full page only (never in the embed).
export { default as ChangePanel } from './ChangePanel.svelte';
export { default as ModelsPanel } from './ModelsPanel.svelte';
export { default as SensitivityPanel } from './SensitivityPanel.svelte';
