-- The gemeente's forecast population by wijk, year (1 October) and age (P01, contract 3b).
with source as (
    select * from {source}
),

final as (
    select jaar, wijk_code, leeftijd, aantal
    from source
)

select * from final
