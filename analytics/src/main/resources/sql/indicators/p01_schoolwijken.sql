-- P01 per school wijk (issue 16, the herkomst-bestemming method): each residence wijk's forecast
-- pupils of sector s spread over the wijken of their schools in the proportions of the last base
-- year (rang 1). A pupil's school is the school of the row n counts (their first row of s),
-- found in scholen.csv as I11 finds it (brin + vestiging, else the brin's row without
-- vestiging); a pupil whose school is not there, or lies outside the gemeente, goes to no school
-- wijk (so the school wijken need not add up to the gemeente). A school location's sector is the
-- sector of most of its enrolment rows of that year (all pupils, also from outside the
-- gemeente). Rows only for a school wijk and sector with at least one location with a capaciteit;
-- locaties and met_capaciteit say whether every location has one (the engine's Java compares only
-- complete wijken). basis: the resident pupils of the last base year at a school in the wijk.
with laatste_basisjaar as (
    select schooljaar
    from {{ ref('int_prognose_jaren') }}
    where rang = 1
),

leerlingen as (
    select
        l.wijk_code,
        l.sector,
        case when exact.brin is not null then exact.wijk_code else alleen_brin.wijk_code end as school_wijk,
        l.leerlingen
    from {{ ref('int_prognose_leerlingen') }} as l
    inner join laatste_basisjaar as j on l.schooljaar = j.schooljaar
    left join {{ ref('stg_scholen') }} as exact
        on exact.brin = l.brin and exact.vestiging = l.vestiging
    left join {{ ref('stg_scholen') }} as alleen_brin
        on alleen_brin.brin = l.brin and alleen_brin.vestiging is null
),

herkomst as (
    select wijk_code, sector, cast(sum(leerlingen) as bigint) as leerlingen
    from leerlingen
    group by all
),

stromen as (
    select wijk_code, sector, school_wijk, cast(sum(leerlingen) as bigint) as leerlingen
    from leerlingen
    where school_wijk is not null
    group by all
),

aandelen as (
    select
        s.wijk_code,
        s.sector,
        s.school_wijk,
        cast(s.leerlingen as double) / cast(h.leerlingen as double) as aandeel
    from stromen as s
    inner join herkomst as h on h.wijk_code = s.wijk_code and h.sector = s.sector
),

rijen as (
    select
        i.sector,
        case when exact.brin is not null then exact.brin else alleen_brin.brin end as locatie_brin,
        case when exact.brin is not null then exact.vestiging else alleen_brin.vestiging end as locatie_vestiging
    from {{ ref('stg_inschrijvingen') }} as i
    inner join laatste_basisjaar as j on i.schooljaar = j.schooljaar
    left join {{ ref('stg_scholen') }} as exact
        on exact.brin = i.brin and exact.vestiging = i.vestiging
    left join {{ ref('stg_scholen') }} as alleen_brin
        on alleen_brin.brin = i.brin and alleen_brin.vestiging is null
),

locatie_sectoren as (
    select
        locatie_brin,
        locatie_vestiging,
        sector,
        row_number() over (
            partition by locatie_brin, locatie_vestiging order by count(*) desc, sector
        ) as volgorde
    from rijen
    where locatie_brin is not null
    group by locatie_brin, locatie_vestiging, sector
),

capaciteit as (
    select
        sc.wijk_code as school_wijk,
        ls.sector,
        sum(sc.capaciteit) as capaciteit,
        count(*) as locaties,
        count(sc.capaciteit) as met_capaciteit
    from {{ ref('stg_scholen') }} as sc
    inner join locatie_sectoren as ls
        on ls.locatie_brin = sc.brin
        and (ls.locatie_vestiging = sc.vestiging or (ls.locatie_vestiging is null and sc.vestiging is null))
    where ls.volgorde = 1 and sc.wijk_code is not null and ls.sector in ('VVE', 'PO', 'VO')
    group by sc.wijk_code, ls.sector
    having count(sc.capaciteit) > 0
),

prognose as (
    select schooljaar, wijk_code, sector, leerlingen
    from {{ ref('p01_leerlingenprognose') }}
),

jaren as (
    select distinct schooljaar
    from prognose
),

voorspeld as (
    select p.schooljaar, a.school_wijk, p.sector, sum(p.leerlingen * a.aandeel) as leerlingen
    from prognose as p
    inner join aandelen as a on a.wijk_code = p.wijk_code and a.sector = p.sector
    group by all
),

basis as (
    select school_wijk, sector, sum(leerlingen) as basis
    from stromen
    group by all
),

final as (
    select
        j.schooljaar,
        c.school_wijk as wijk_code,
        c.sector,
        coalesce(v.leerlingen, cast(0 as double)) as leerlingen,
        coalesce(b.basis, 0) as basis,
        c.capaciteit,
        c.locaties,
        c.met_capaciteit
    from capaciteit as c
    cross join jaren as j
    left join voorspeld as v
        on v.schooljaar = j.schooljaar and v.school_wijk = c.school_wijk and v.sector = c.sector
    left join basis as b on b.school_wijk = c.school_wijk and b.sector = c.sector
)

select * from final
