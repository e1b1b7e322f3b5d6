-- I11: PO pupils of t whose school (brin + vestiging, else the brin's row without vestiging) is
-- in scholen.csv, and the share whose school lies in their own wijk. The pupil's record is the
-- first PO row of t whose school is found.
with po as (
    select schooljaar, persoon, wijk_code, brin, vestiging, bestand, regelnummer
    from {{ ref('stg_inschrijvingen') }}
    where sector = 'PO'
),

met_school as (
    select
        po.schooljaar,
        po.persoon,
        po.wijk_code,
        po.bestand,
        po.regelnummer,
        case when exact.brin is not null then exact.wijk_code else alleen_brin.wijk_code end as school_wijk
    from po
    left join {{ ref('stg_scholen') }} as exact
        on exact.brin = po.brin and exact.vestiging = po.vestiging
    left join {{ ref('stg_scholen') }} as alleen_brin
        on alleen_brin.brin = po.brin and alleen_brin.vestiging is null
    where exact.brin is not null or alleen_brin.brin is not null
),

records as (
    -- The first found row (file in byte order, then line, as one bigint: see
    -- int_eerste_inschrijving).
    select
        m.schooljaar,
        eerste_waarde(m.wijk_code, b.bestand_nr * 4294967296 + m.regelnummer) as wijk_code,
        eerste_waarde(m.school_wijk, b.bestand_nr * 4294967296 + m.regelnummer) as school_wijk
    from met_school as m
    inner join {{ ref('int_bestand_volgorde') }} as b using (bestand)
    group by m.schooljaar, m.persoon
),

final as (
    select
        schooljaar,
        wijk_code,
        'totaal' as uitsplitsing,
        cast(null as string) as categorie,
        count(*) filter (where school_wijk = wijk_code) as teller,
        count(*) as noemer
    from records
    where wijk_code is not null
    group by all
)

select * from final
