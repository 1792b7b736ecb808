#!/usr/bin/env bash
# Writes the PostgreSQL function, operator, cast and type signatures Quarry uses for expression
# typing, read from a live server's catalog, as sorted tab-separated lines.
#
# Usage: scripts/generate-pg-signatures.sh [psql connection options...]
#   e.g. scripts/generate-pg-signatures.sh -h 127.0.0.1 -U postgres test
# Writes generator-core/src/main/resources/dev/quarry/core/types/pg15-signatures.tsv unless
# PG_SIGNATURES_OUT names another file. The server must be PostgreSQL 15.
set -euo pipefail

cd "$(dirname "$0")/.."
out="${PG_SIGNATURES_OUT:-generator-core/src/main/resources/dev/quarry/core/types/pg15-signatures.tsv}"
psql_cmd=(psql -X -q -A -t -F $'\t' -v ON_ERROR_STOP=1 "$@")

major="$("${psql_cmd[@]}" -c "select current_setting('server_version_num')::int / 10000")"
if [[ "$major" != "15" ]]; then
  echo "expected a PostgreSQL 15 server, got major version $major" >&2
  exit 1
fi

# Types Quarry maps (BaseType), the types they reach by implicit cast (oid, reg*), a few common
# extra scalars, arrays of all of them, and the pseudo types built-in signatures use.
read -r -d '' query <<'SQL' || true
with recursive
  base(typname) as (values
    ('bool'), ('int2'), ('int4'), ('int8'), ('float4'), ('float8'), ('numeric'), ('money'),
    ('text'), ('varchar'), ('bpchar'), ('name'), ('bytea'), ('uuid'), ('date'), ('time'),
    ('timetz'), ('timestamp'), ('timestamptz'), ('interval'), ('json'), ('jsonb'),
    ('inet'), ('cidr'), ('macaddr'), ('xml'), ('tsvector'), ('tsquery'), ('bit'), ('varbit')),
  scalar(oid) as (
    select t.oid from pg_type t join base b using (typname)
    where t.typnamespace = 'pg_catalog'::regnamespace
    union
    select c.casttarget from pg_cast c join scalar s on s.oid = c.castsource
    join pg_type t on t.oid = c.casttarget
    where c.castcontext = 'i' and t.typtype = 'b' and t.typcategory <> 'A'),
  qtype(oid, qname, category, preferred) as (
    select t.oid, t.typname::text, t.typcategory::text, t.typispreferred
    from pg_type t join scalar s on s.oid = t.oid
    union all
    select a.oid, t.typname || '[]', a.typcategory::text, a.typispreferred
    from pg_type t join scalar s on s.oid = t.oid join pg_type a on a.oid = t.typarray
    union all
    select t.oid, t.typname::text, t.typcategory::text, t.typispreferred
    from pg_type t
    where t.typnamespace = 'pg_catalog'::regnamespace
      and t.typname in ('anyelement', 'anyarray', 'anynonarray', 'anycompatible',
                        'anycompatiblearray', 'anycompatiblenonarray', 'anyenum', 'any',
                        'record', 'void')),
  -- functions that exist to implement types or aggregates, not to be called in queries
  support(oid) as (
    select unnest(array[typinput, typoutput, typreceive, typsend, typmodin, typmodout, typanalyze])::oid
    from pg_type
    union
    select unnest(array[aggtransfn, aggfinalfn, aggcombinefn, aggserialfn, aggdeserialfn,
                        aggmtransfn, aggminvtransfn, aggmfinalfn])::oid
    from pg_aggregate),
  func as (
    select p.proname::text as name,
           coalesce((select string_agg(q.qname, ',' order by a.ord)
                     from unnest(p.proargtypes::oid[]) with ordinality a(typ, ord)
                     join qtype q on q.oid = a.typ), '') as args,
           r.qname as ret, p.prokind::text, p.proretset, p.proisstrict,
           coalesce(v.qname, '-') as va, p.pronargdefaults
    from pg_proc p
    join qtype r on r.oid = p.prorettype
    left join qtype v on v.oid = p.provariadic
    where p.pronamespace = 'pg_catalog'::regnamespace
      and p.prokind in ('f', 'a', 'w')
      and p.oid not in (select oid from support)
      and not exists (select 1 from unnest(p.proargtypes::oid[]) a(typ)
                      where a.typ not in (select oid from qtype where qname <> 'void'))
      and (p.provariadic = 0 or v.oid is not null))
select 'type', qname, category, case when preferred then 't' else 'f' end, '', '', '', '', ''
from qtype
union all
select 'cast', s.qname, t.qname, c.castcontext::text, c.castmethod::text, '', '', '', ''
from pg_cast c join qtype s on s.oid = c.castsource join qtype t on t.oid = c.casttarget
where s.category <> 'P' and t.category <> 'P'
union all
select 'func', name, args, ret, prokind,
       case when proretset then 't' else 'f' end, case when proisstrict then 't' else 'f' end,
       va, pronargdefaults::text
from func
union all
select 'oper', o.oprname::text, coalesce(l.qname, '-'), r.qname, res.qname,
       case when p.proisstrict then 't' else 'f' end, '', '', ''
from pg_operator o
join pg_proc p on p.oid = o.oprcode
left join qtype l on l.oid = o.oprleft
join qtype r on r.oid = o.oprright
join qtype res on res.oid = o.oprresult
where o.oprnamespace = 'pg_catalog'::regnamespace
  and (o.oprleft = 0 or l.oid is not null)
SQL

tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
{
  echo "# PostgreSQL 15 built-in signatures for Quarry's expression typing. Generated; do not edit."
  echo "# Regenerate against a PostgreSQL 15 server: scripts/generate-pg-signatures.sh -h HOST -U USER DB"
  echo "# type <name> <typcategory> <typispreferred>"
  echo "# cast <source> <target> <castcontext i/a/e> <castmethod f/b/i>"
  echo "# func <name> <arg types> <return type> <prokind f/a/w> <proretset> <proisstrict> <provariadic element or -> <pronargdefaults>"
  echo "# oper <name> <left type or - for prefix> <right type> <result type> <strict>"
  "${psql_cmd[@]}" -c "$query" | sed -e 's/\t*$//' | LC_ALL=C sort
} > "$tmp"
mkdir -p "$(dirname "$out")"
mv "$tmp" "$out"
trap - EXIT
echo "wrote $out ($(grep -vc '^#' "$out") signatures)" >&2
