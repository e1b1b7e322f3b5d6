-- P01 (contract 3b): per schooljaar y after the base years up to the forecast's last jaar, wijk w
-- and sector s: leerlingen(y, w, s) = sum over ages a of r(w, s, a) x prognose(YYYY of y, w, a),
-- unrounded, with the base count sum_t sum_a n(t, w, s, a) that decides suppression. A row for
-- every wijk of wijken.csv, sector and forecast jaar (0 where nothing is forecast). The gemeente,
-- the rounding and the suppression are the engine's Java (PupilForecasts): one rule for both
-- engines.
with laatste_basisjaar as (
    select jaar
    from {{ ref('int_prognose_jaren') }}
    where rang = 1
),

prognosejaren as (
    select distinct p.jaar
    from {{ ref('stg_bevolkingsprognose') }} as p
    inner join laatste_basisjaar as l on p.jaar > l.jaar
),

sectoren as (
    select 'VVE' as sector
    union all
    select 'PO' as sector
    union all
    select 'VO' as sector
),

raster as (
    select j.jaar, w.wijk_code, s.sector
    from prognosejaren as j
    cross join {{ ref('stg_wijken') }} as w
    cross join sectoren as s
),

deelname as (
    select wijk_code, sector, leeftijd, leerlingen, deelname
    from {{ ref('int_prognose_deelname') }}
    where variant = 'prognose'
),

voorspeld as (
    select p.jaar, p.wijk_code, d.sector, sum(d.deelname * p.aantal) as leerlingen
    from {{ ref('stg_bevolkingsprognose') }} as p
    inner join deelname as d on d.wijk_code = p.wijk_code and d.leeftijd = p.leeftijd
    group by all
),

basis as (
    select wijk_code, sector, sum(leerlingen) as basis
    from deelname
    group by all
),

final as (
    select
        concat(cast(r.jaar as string), '-', cast(r.jaar + 1 as string)) as schooljaar,
        r.wijk_code,
        r.sector,
        coalesce(v.leerlingen, cast(0 as double)) as leerlingen,
        coalesce(b.basis, 0) as basis
    from raster as r
    left join voorspeld as v on v.jaar = r.jaar and v.wijk_code = r.wijk_code and v.sector = r.sector
    left join basis as b on b.wijk_code = r.wijk_code and b.sector = r.sector
)

select * from final
