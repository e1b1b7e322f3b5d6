-- Qualifying thuiszitter cases per schooljaar with what the indicators need from "first"
-- cases: the case's order among the person's cases in t (volgorde) and among those of its
-- categorie (volgorde_categorie), the person's longest case in t, and the age on P(t).
with ranked as (
    select
        *,
        row_number() over (partition by schooljaar, persoon order by bestand, regelnummer) as volgorde,
        row_number() over (partition by schooljaar, persoon, categorie order by bestand, regelnummer) as volgorde_categorie,
        max(lengte) over (partition by schooljaar, persoon) as langste_lengte
    from {{ ref('int_thuiszitter_cases') }}
),

final as (
    select
        *,
        leeftijd_op(geboortedatum, peildatum(schooljaar)) as leeftijd
    from ranked
)

select * from final
