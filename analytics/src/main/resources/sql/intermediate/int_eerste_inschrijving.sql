-- A student's record in schooljaar t (contract section 2): the first of the person's accepted
-- enrolment rows of t, in file (byte order) and line order. Its postcode's wijk may be null.
with final as (
    select
        schooljaar,
        persoon,
        eerste_rij(wijk_code) as wijk_code,
        eerste_rij(sector) as sector,
        eerste_rij(geboortedatum) as geboortedatum
    from {{ ref('stg_inschrijvingen') }}
    group by schooljaar, persoon
)

select * from final
