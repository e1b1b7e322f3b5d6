-- Coverage (contract section 3): the schooljaren t (of the enrolment data or the population) that
-- an accepted ABSOLUUT_VERZUIM or RELATIEF_VERZUIM row overlaps: its period [startdatum,
-- einddatum] meets [P(t), P(t+1) - 1 day]. Any such row counts, whatever its length, age or
-- postcode: it shows that the leerplicht data of t were delivered. As everywhere, the data are
-- read as they stood on the rapportagedatum: a row that starts after it shows nothing yet.
-- I02 and I03 cover t only where such a row exists, so a year without leerplicht data has no
-- rows, never 0 thuiszitters.
with jaren as (
    select schooljaar from {{ ref('int_dekking_inschrijvingen') }}
    union
    select schooljaar from {{ ref('int_dekking_bevolking') }}
),

verzuim as (
    select startdatum, einddatum
    from {{ ref('stg_thuiszitters') }}
    where categorie in ('ABSOLUUT_VERZUIM', 'RELATIEF_VERZUIM')
        and startdatum <= {rapportagedatum}
),

final as (
    select distinct j.schooljaar, cast(null as string) as sector
    from jaren as j
    inner join verzuim as v
        on v.startdatum <= dag_ervoor(peildatum(schooljaar_plus(j.schooljaar, 1)))
        and coalesce(v.einddatum, date '9999-12-31') >= peildatum(j.schooljaar)
)

select * from final
