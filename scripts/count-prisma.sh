#!/bin/bash
# Files (non-test, non-generated) under src that call Prisma: a schema model accessor followed by a Prisma method
# (also split over lines), or a raw statement / transaction. The same pattern as
# test/platform/support/prisma-callers.ts (which test/platform/data-ownership.test.ts uses).
cd "${1:-.}"
accessors=$(grep -E '^model ' prisma/schema.prisma | awk '{print tolower(substr($2,1,1)) substr($2,2)}' | paste -sd'|')
methods='findMany|findFirst|findFirstOrThrow|findUnique|findUniqueOrThrow|create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany|count|aggregate|groupBy'
find src -name '*.ts' ! -name '*.test.ts' ! -path '*/generated/*' -print0 | sort -z | while IFS= read -r -d '' f; do
  ACC="$accessors" MET="$methods" perl -0777 -ne 'exit(!(/\.(?:$ENV{ACC})\s*\.\s*(?:$ENV{MET})\s*\(/ || /\$(?:queryRaw|executeRaw|queryRawUnsafe|executeRawUnsafe)\s*[`(<]|\$transaction\s*[(<]/))' "$f" && echo "$f"
done
