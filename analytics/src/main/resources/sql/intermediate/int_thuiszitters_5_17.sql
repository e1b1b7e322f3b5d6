-- I02's persons: residents aged 5-17 with a thuiszitter case in t. Age and wijk come from the
-- person's first qualifying case in t; the longest qualifying case feeds I03.
with first_cases as (
    select * from {{ ref('int_thuiszitter_eerste_cases') }}
    where volgorde = 1
),

final as (
    select schooljaar, persoon, wijk_code, langste_lengte
    from first_cases
    where wijk_code is not null
        and leeftijd between 5 and 17
)

select * from final
