-- I13: of I12's teller (pupils whose toetsadvies is hoger than their schooladvies), the share whose
-- definitief_advies is hoger than their schooladvies. An empty definitief_advies means unchanged,
-- so not raised. Cells exist only where I12's teller is above 0 (a row needs a noemer above 0).
with toets_hoger as (
    select * from {{ ref('int_schooladvies_cohort') }}
    where toetsadvies_rang > schooladvies_rang
),

final as (
    select
        schooljaar,
        wijk_code,
        'totaal' as uitsplitsing,
        cast(null as string) as categorie,
        count(*) filter (where definitief_advies_rang > schooladvies_rang) as teller,
        count(*) as noemer
    from toets_hoger
    group by all
)

select * from final
