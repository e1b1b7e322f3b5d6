-- I03: of I02's persons, the share whose longest qualifying case in t lasts 91 days or more.
with personen as (
    select * from {{ ref('int_thuiszitters_5_17') }}
),

final as (
    select
        schooljaar,
        wijk_code,
        'totaal' as uitsplitsing,
        cast(null as string) as categorie,
        count(*) filter (where langste_lengte >= 91) as teller,
        count(*) as noemer
    from personen
    group by all
)

select * from final
