-- For each person enrolled in schooljaar t+1: in which sectors (1 or 0), keyed by t, so that a
-- transition cohort of t finds where its persons are a year later, wherever they live then.
with volgend_jaar as (
    select
        schooljaar_plus(schooljaar, -1) as schooljaar,
        persoon,
        sector
    from {{ ref('stg_inschrijvingen') }}
),

final as (
    select
        schooljaar,
        persoon,
        max(case when sector = 'PO' then 1 else 0 end) as po,
        max(case when sector = 'SO' then 1 else 0 end) as so,
        max(case when sector = 'VO' then 1 else 0 end) as vo,
        max(case when sector = 'VSO' then 1 else 0 end) as vso,
        max(case when sector = 'MBO' then 1 else 0 end) as mbo,
        max(case when sector = 'HBO' then 1 else 0 end) as hbo
    from volgend_jaar
    group by schooljaar, persoon
)

select * from final
