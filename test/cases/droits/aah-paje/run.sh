#!/usr/bin/env bash
# Remake vectors.json: bash run.sh SEED [N]   (OpenFisca clones as in ../../../../../shared/oracle/openfisca/README.md)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); SEED=${1:?seed}; N=${2:-300}; WORK=${OF_WORK:-/tmp/of-oracle}
SHIMS=${OF_SHIMS:-$HERE/../../../../../../shared/oracle/openfisca/shims}
export PYTHONPATH=$SHIMS:$WORK/openfisca-core:$WORK/openfisca-france
python3 "$HERE/gen.py" "$N" "$SEED" > "$WORK/aah-paje-households-$SEED.json"
python3 "$HERE/run.py" "$WORK/aah-paje-households-$SEED.json" > "$WORK/aah-paje-full-$SEED.json"
python3 "$HERE/trim.py" "$WORK/aah-paje-full-$SEED.json" > "$HERE/vectors.json"
echo "wrote $HERE/vectors.json"
