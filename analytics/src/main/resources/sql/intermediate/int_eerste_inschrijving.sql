-- A student's record in schooljaar t (contract section 2): the first of the person's accepted
-- enrolment rows of t, in file (byte order) and line order. Its postcode's wijk may be null.
with ranked as (
    select
        *,
        row_number() over (partition by schooljaar, persoon order by bestand, regelnummer) as volgorde
    from {{ ref('stg_inschrijvingen') }}
),

final as (
    select schooljaar, persoon, wijk_code, sector, geboortedatum
    from ranked
    where volgorde = 1
)

select * from final
