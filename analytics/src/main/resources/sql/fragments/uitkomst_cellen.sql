-- The cells of a cohort split into outcomes (I06-I08, I14, I15), included where a model writes
-- the placeholder uitkomst_cellen (in braces) after its CTE `uitkomsten` (schooljaar, wijk_code,
-- uitkomst: one row per person of the cohort). Filled in by the engine from the indicator's catalogue entry:
--   {hoofduitkomst}  the outcome whose share is the indicator's value (the totaal row);
--   {uitkomstlijst}  every outcome, as a values list: ('vo'), ('vso'), ...
-- Every cohort cell gets the totaal row and one row per outcome, also where nobody has that
-- outcome (teller 0).
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

rijen as (
    -- What each cell row counts: the totaal row the main outcome, each uitkomst row its own.
    select 'totaal' as uitsplitsing, cast(null as string) as categorie, '{hoofduitkomst}' as uitkomst
    union all
    select 'uitkomst' as uitsplitsing, u.uitkomst as categorie, u.uitkomst
    from (values {uitkomstlijst}) as u(uitkomst)
),

final as (
    select c.schooljaar, c.wijk_code, r.uitsplitsing, r.categorie, coalesce(t.teller, 0) as teller, c.noemer
    from cohorten as c
    cross join rijen as r
    left join tellingen as t
        on t.schooljaar = c.schooljaar and t.wijk_code = c.wijk_code and t.uitkomst = r.uitkomst
)
