-- Population by wijk, year (1 October) and age.
with source as (
    select * from {source}
),

final as (
    select jaar, wijk_code, leeftijd, aantal
    from source
)

select * from final
