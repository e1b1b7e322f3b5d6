-- Per schooljaar t and sector s, the persons counted by their first enrolment row of s in t (file
-- in byte order, then line, as one bigint: int_eerste_inschrijving), if its postcode lies in a
-- wijk w: how many per wijk w, age a on P(t) and school (brin, vestiging) of that row. I01's
-- sector breakdown adds them up per wijk; P01 (contract 3b) counts its pupils n(t, w, s, a) in
-- VVE, PO and VO (int_prognose_leerlingen), the school-wijk spread their schools. One pass over
-- the enrolments for both, and counts rather than a row per person (8 million nationally).
with rijen as (
    select i.schooljaar, i.persoon, i.sector, i.wijk_code, i.geboortedatum, i.brin, i.vestiging,
        b.bestand_nr * 4294967296 + i.regelnummer as rij_volgorde
    from {{ ref('stg_inschrijvingen') }} as i
    inner join {{ ref('int_bestand_volgorde') }} as b using (bestand)
),

per_sector as (
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
