-- P01 (contract 3b): the participation rates r(w, s, a) = sum_t n(t, w, s, a) / sum_t
-- bevolking(t, w, a) over base years, for two variants: 'prognose' (the last three base years,
-- rang 1-3 of int_prognose_jaren) and 'toets' (the backtest: the three before the last, rang
-- 2-4). An age with no bevolking in the base years contributes 0 (rate 0); its pupils still count
-- in the wijk's base count (leerlingen summed over the ages).
with varianten as (
    select 'prognose' as variant, schooljaar, jaar
    from {{ ref('int_prognose_jaren') }}
    where rang <= 3
    union all
    select 'toets' as variant, schooljaar, jaar
    from {{ ref('int_prognose_jaren') }}
    where rang between 2 and 4
),

tellers as (
    select v.variant, l.wijk_code, l.sector, l.leeftijd, cast(sum(l.leerlingen) as bigint) as leerlingen
    from {{ ref('int_prognose_leerlingen') }} as l
    inner join varianten as v on l.schooljaar = v.schooljaar
    group by all
),

noemers as (
    select v.variant, b.wijk_code, b.leeftijd, sum(b.aantal) as bevolking
    from {{ ref('stg_bevolking') }} as b
    inner join varianten as v on b.jaar = v.jaar
    group by all
),

final as (
    select
        t.variant,
        t.wijk_code,
        t.sector,
        t.leeftijd,
        t.leerlingen,
        case
            when n.bevolking > 0 then cast(t.leerlingen as double) / cast(n.bevolking as double)
            else cast(0 as double)
        end as deelname
    from tellers as t
    left join noemers as n
        on n.variant = t.variant and n.wijk_code = t.wijk_code and n.leeftijd = t.leeftijd
)

select * from final
