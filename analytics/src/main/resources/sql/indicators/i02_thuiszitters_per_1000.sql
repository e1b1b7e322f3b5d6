-- I02: persons aged 5-17 with a thuiszitter case in t, per 1000 of the wijk's population aged
-- 5-17 on 1 October of t's first year. Per categorie, age and wijk come from the person's first
-- qualifying case of that categorie. Wijken without population keep their tellers for the
-- gemeente total.
with noemers as (
    select j.schooljaar, b.wijk_code, sum(b.aantal) as noemer
    from {{ ref('stg_bevolking') }} as b
    inner join {{ ref('int_thuiszitter_schooljaren') }} as j on b.jaar = cast(left(j.schooljaar, 4) as integer)
    where b.leeftijd between 5 and 17
    group by all
),

tellers as (
    -- One pass over the cases: each counts for the totaal when it is the person's first case in t,
    -- and for its categorie when it is the person's first case of that categorie.
    select
        c.schooljaar,
        c.wijk_code,
        case when k.soort = 'totaal' then cast(null as string) else c.categorie end as categorie,
        count(*) as teller
    from {{ ref('int_thuiszitter_eerste_cases') }} as c
    cross join (values ('totaal'), ('categorie')) as k(soort)
    where c.wijk_code is not null
        and c.leeftijd between 5 and 17
        and ((k.soort = 'totaal' and c.volgorde = 1) or (k.soort = 'categorie' and c.volgorde_categorie = 1))
    group by all
),

tellers_totaal as (
    select schooljaar, wijk_code, teller from tellers where categorie is null
),

tellers_categorie as (
    select schooljaar, wijk_code, categorie, teller from tellers where categorie is not null
),

gebieden as (
    select schooljaar, wijk_code from noemers
    union
    select schooljaar, wijk_code from tellers_totaal
),

categorieen as (
    select * from (values ('ABSOLUUT_VERZUIM'), ('RELATIEF_VERZUIM')) as c(categorie)
),

totaal as (
    select g.schooljaar, g.wijk_code, 'totaal' as uitsplitsing, cast(null as string) as categorie,
        coalesce(t.teller, 0) as teller, coalesce(n.noemer, 0) as noemer
    from gebieden as g
    left join noemers as n using (schooljaar, wijk_code)
    left join tellers_totaal as t using (schooljaar, wijk_code)
),

per_categorie as (
    select g.schooljaar, g.wijk_code, 'categorie' as uitsplitsing, c.categorie,
        coalesce(t.teller, 0) as teller, coalesce(n.noemer, 0) as noemer
    from gebieden as g
    cross join categorieen as c
    left join noemers as n using (schooljaar, wijk_code)
    left join tellers_categorie as t
        on t.schooljaar = g.schooljaar and t.wijk_code = g.wijk_code and t.categorie = c.categorie
),

final as (
    select * from totaal
    union all
    select * from per_categorie
)

select * from final
