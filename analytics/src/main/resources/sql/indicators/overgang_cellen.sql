-- Turns a transition cohort's outcomes (view overgang_uitkomsten: schooljaar, wijk_code,
-- uitkomst) into cells: the totaal row counts {hoofduitkomst} over the cohort, the uitkomst
-- rows count each of {uitkomsten} over the same cohort, also where the count is 0.
with uitkomsten as (
    select * from overgang_uitkomsten
),

cohorten as (
    select schooljaar, wijk_code, count(*) as noemer
    from uitkomsten
    group by all
),

tellingen as (
    select schooljaar, wijk_code, uitkomst, count(*) as teller
    from uitkomsten
    group by all
),

totaal as (
    select c.schooljaar, c.wijk_code, 'totaal' as uitsplitsing, cast(null as string) as categorie,
        coalesce(t.teller, 0) as teller, c.noemer
    from cohorten as c
    left join tellingen as t
        on t.schooljaar = c.schooljaar and t.wijk_code = c.wijk_code and t.uitkomst = '{hoofduitkomst}'
),

per_uitkomst as (
    select c.schooljaar, c.wijk_code, 'uitkomst' as uitsplitsing, u.uitkomst as categorie,
        coalesce(t.teller, 0) as teller, c.noemer
    from cohorten as c
    cross join (values {uitkomsten}) as u(uitkomst)
    left join tellingen as t
        on t.schooljaar = c.schooljaar and t.wijk_code = c.wijk_code and t.uitkomst = u.uitkomst
),

final as (
    select * from totaal
    union all
    select * from per_uitkomst
)

select * from final
