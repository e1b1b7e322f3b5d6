-- I02's persons: residents aged 5-17 with a thuiszitter case in t. Age and wijk come from the
-- person's first qualifying case in t; the longest qualifying case feeds I03.
with ranked as (
    select
        *,
        row_number() over (partition by schooljaar, persoon order by bestand, regelnummer) as volgorde,
        max(lengte) over (partition by schooljaar, persoon) as langste_lengte
    from int_thuiszitter_cases
),

final as (
    select schooljaar, persoon, wijk_code, langste_lengte
    from ranked
    where volgorde = 1
        and wijk_code is not null
        and leeftijd_op(geboortedatum, peildatum(schooljaar)) between 5 and 17
)

select * from final
