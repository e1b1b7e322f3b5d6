-- P01 (contract 3b): the schooljaren t that have both enrolment rows and bevolking of jaar YYYY,
-- newest first (rang 1 = the last base year). The forecast's base years are rang 1-3; the
-- backtest forecasts rang 1 from rang 2-4 (fewer where fewer exist).
with met_inschrijvingen as (
    select distinct schooljaar
    from {{ ref('stg_inschrijvingen') }}
),

met_bevolking as (
    select distinct jaar
    from {{ ref('stg_bevolking') }}
),

beide as (
    select i.schooljaar, b.jaar
    from met_inschrijvingen as i
    inner join met_bevolking as b on cast(left(i.schooljaar, 4) as int) = b.jaar
),

final as (
    select schooljaar, jaar, row_number() over (order by jaar desc) as rang
    from beide
)

select * from final
