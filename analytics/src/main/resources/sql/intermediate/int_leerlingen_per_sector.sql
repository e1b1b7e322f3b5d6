-- Per schooljaar t and sector s, the persons counted by their first enrolment row of s in t (file
-- in byte order, then line, as one bigint: int_eerste_inschrijving), if its postcode lies in a
-- wijk w: how many per wijk w, age a on P(t) and school (brin, vestiging) of that row. I01's
-- sector breakdown adds them up per wijk; P01 (contract 3b) counts its pupils n(t, w, s, a) in
-- VVE, PO and VO (int_prognose_leerlingen), the school-wijk spread their schools. Counts rather
-- than a row per person (8 million nationally).
with meer_sectoren as (
    -- The person-years with rows in several sectors (none nationally): only their rows are
    -- grouped per sector again.
    select schooljaar, persoon
    from {{ ref('int_eerste_inschrijving') }}
    where aantal_sectoren > 1
),

rijen as (
    select i.schooljaar, i.persoon, i.sector, i.wijk_code, i.geboortedatum, i.brin, i.vestiging,
        b.bestand_nr * 4294967296 + i.regelnummer as rij_volgorde
    from {{ ref('stg_inschrijvingen') }} as i
    inner join {{ ref('int_bestand_volgorde') }} as b using (bestand)
    inner join meer_sectoren as m using (schooljaar, persoon)
),

per_sector as (
    -- A person-year with rows in one sector: its first row is its first row of that sector.
    select
        schooljaar,
        eerste_sector as sector,
        wijk_code,
        eerste_geboortedatum as geboortedatum,
        eerste_brin as brin,
        eerste_vestiging as vestiging
    from {{ ref('int_eerste_inschrijving') }}
    where aantal_sectoren = 1
    union all
    select
        schooljaar,
        sector,
        eerste_waarde(wijk_code, rij_volgorde) as wijk_code,
        eerste_waarde(geboortedatum, rij_volgorde) as geboortedatum,
        eerste_waarde(brin, rij_volgorde) as brin,
        eerste_waarde(vestiging, rij_volgorde) as vestiging
    from rijen
    group by schooljaar, persoon, sector
),

final as (
    select
        schooljaar,
        sector,
        wijk_code,
        leeftijd_op(geboortedatum, peildatum(schooljaar)) as leeftijd,
        brin,
        vestiging,
        count(*) as leerlingen
    from per_sector
    where wijk_code is not null
    group by schooljaar, sector, wijk_code, leeftijd_op(geboortedatum, peildatum(schooljaar)), brin, vestiging
)

select * from final
