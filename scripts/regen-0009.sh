#!/usr/bin/env bash
# Development helper while migration 0009 (classes, cascade, mentors) is not yet released:
# drop it and generate it again from db/schema. Never run on a released migration.
set -euo pipefail
cd "$(dirname "$0")/.."
m=apps/server/src/db/migrations
rm -f "$m/0009_classes.sql" "$m/meta/0009_snapshot.json"
node -e '
const fs=require("fs");const p=process.argv[1];const j=JSON.parse(fs.readFileSync(p,"utf8"));
j.entries=j.entries.filter(e=>e.idx<9);fs.writeFileSync(p,JSON.stringify(j,null,2)+"\n");' "$m/meta/_journal.json"
npx drizzle-kit generate --config apps/server/drizzle.config.ts --name classes >/dev/null
echo "regenerated $m/0009_classes.sql"
