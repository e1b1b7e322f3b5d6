-- A student's record in schooljaar t (contract section 2): the first of the person's accepted
-- enrolment rows of t, in file (byte order) and line order. Its postcode's wijk may be null.
-- "First" is an aggregate over one number per row (the file's place in byte order, then the line)
-- rather than a row_number() window: nationally there are millions of groups of one or two rows.
with rijen as (
    -- A line number stays below 2^32, so file and line order are one bigint.
    select i.schooljaar, i.persoon, i.wijk_code, i.sector, i.geboortedatum,
        b.bestand_nr * 4294967296 + i.regelnummer as rij_volgorde
    from {{ ref('stg_inschrijvingen') }} as i
    inner join {{ ref('int_bestand_volgorde') }} as b using (bestand)
),

final as (
    select
        schooljaar,
        persoon,
        eerste_waarde(wijk_code, rij_volgorde) as wijk_code,
        eerste_waarde(sector, rij_volgorde) as sector,
        eerste_waarde(geboortedatum, rij_volgorde) as geboortedatum
    from rijen
    group by schooljaar, persoon
)

select * from final
