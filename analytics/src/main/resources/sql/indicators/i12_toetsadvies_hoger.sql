-- I12: of the groep-8 pupils of t with a toetsadvies, the share whose toetsadvies is hoger than
-- their schooladvies: a higher rank (contract section 1: the sum of the lower and the upper level's
-- rank, so VMBO-GT/HAVO 9 is hoger than VMBO-GT 8 and lower than HAVO 10).
with met_toets as (
    select * from {{ ref('int_schooladvies_cohort') }}
    where toetsadvies_rang is not null
),

final as (
    select
        schooljaar,
        wijk_code,
        'totaal' as uitsplitsing,
        cast(null as string) as categorie,
        count(*) filter (where toetsadvies_rang > schooladvies_rang) as teller,
        count(*) as noemer
    from met_toets
    group by all
)

select * from final
