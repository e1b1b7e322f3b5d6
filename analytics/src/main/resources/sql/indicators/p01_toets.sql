-- The backtest of P01 (issue 16): the last base year T (rang 1) forecast from the base years
-- before it (variant 'toets', rang 2-4) with T's observed population: voorspeld(w, s) = sum over
-- ages a of r_toets(w, s, a) x bevolking(T, w, a), beside the pupils observed in T, n(T, w, s),
-- which equal I01's sector count of T, and the base count the backtest's rates rest on (the
-- pupils of its base years): a backtest forecast resting on fewer than k pupils is not published,
-- as P01's own rule. No rows without a base year before T.
with doeljaar as (
    select j.schooljaar, j.jaar
    from {{ ref('int_prognose_jaren') }} as j
    where j.rang = 1 and exists (select 1 from {{ ref('int_prognose_jaren') }} as e where e.rang = 2)
),

sectoren as (
    select 'VVE' as sector
    union all
    select 'PO' as sector
    union all
    select 'VO' as sector
),

raster as (
    select d.schooljaar, d.jaar, w.wijk_code, s.sector
    from doeljaar as d
    cross join {{ ref('stg_wijken') }} as w
    cross join sectoren as s
),

voorspeld as (
    select b.wijk_code, d.sector, sum(d.deelname * b.aantal) as voorspeld
    from {{ ref('stg_bevolking') }} as b
    inner join doeljaar as j on b.jaar = j.jaar
    inner join {{ ref('int_prognose_deelname') }} as d
        on d.variant = 'toets' and d.wijk_code = b.wijk_code and d.leeftijd = b.leeftijd
    group by all
),

basis as (
    select wijk_code, sector, sum(leerlingen) as basis
    from {{ ref('int_prognose_deelname') }}
    where variant = 'toets'
    group by all
),

waargenomen as (
    select l.wijk_code, l.sector, cast(sum(l.leerlingen) as bigint) as waargenomen
    from {{ ref('int_prognose_leerlingen') }} as l
    inner join doeljaar as j on l.schooljaar = j.schooljaar
    group by all
),

final as (
    select
        r.schooljaar,
        r.wijk_code,
        r.sector,
        coalesce(v.voorspeld, cast(0 as double)) as voorspeld,
        coalesce(w.waargenomen, 0) as waargenomen,
        coalesce(b.basis, 0) as basis
    from raster as r
    left join voorspeld as v on v.wijk_code = r.wijk_code and v.sector = r.sector
    left join waargenomen as w on w.wijk_code = r.wijk_code and w.sector = r.sector
    left join basis as b on b.wijk_code = r.wijk_code and b.sector = r.sector
)

select * from final
