-- Thuiszitter cases per schooljaar t (contract section 3): ABSOLUUT_VERZUIM of any length, or
-- RELATIEF_VERZUIM lasting at least 28 days, whose period overlaps [P(t), P(t+1) - 1 day].
-- A case's end in t is the earliest of its einddatum, the rapportagedatum and P(t+1) - 1 day;
-- its length counts from the real startdatum; a case starting after that end does not count.
-- VRIJSTELLING is no thuiszitter case.
with cases as (
    select * from {{ ref('stg_thuiszitters') }}
    where categorie in ('ABSOLUUT_VERZUIM', 'RELATIEF_VERZUIM')
),

schooljaren as (
    select schooljaar from {{ ref('int_thuiszitter_schooljaren') }}
),

in_schooljaar as (
    select
        j.schooljaar,
        c.persoon,
        c.categorie,
        c.geboortedatum,
        c.wijk_code,
        c.startdatum,
        c.bestand,
        c.regelnummer,
        least(
            coalesce(c.einddatum, date '9999-12-31'),
            {rapportagedatum},
            dag_ervoor(peildatum(schooljaar_plus(j.schooljaar, 1)))
        ) as einde_in_schooljaar
    from cases as c
    inner join schooljaren as j
        on c.startdatum <= dag_ervoor(peildatum(schooljaar_plus(j.schooljaar, 1)))
        and coalesce(c.einddatum, date '9999-12-31') >= peildatum(j.schooljaar)
),

measured as (
    select
        *,
        dagen_tussen(startdatum, einde_in_schooljaar) as lengte
    from in_schooljaar
    where startdatum <= einde_in_schooljaar
),

final as (
    select *
    from measured
    where categorie = 'ABSOLUUT_VERZUIM' or lengte >= 28
)

select * from final
