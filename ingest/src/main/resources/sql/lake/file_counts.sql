-- Per delivered file: duplicates and accepted rows outside the gemeente, for datakwaliteit.csv.
with ranked as (
    select * from ranked_rows
),

final as (
    select
        bestand,
        count(*) filter (where is_duplicaat) as duplicaten,
        count(*) filter (where buiten_gemeente) as buiten_gemeente_of_onbekend
    from ranked
    group by bestand
)

select * from final order by bestand
