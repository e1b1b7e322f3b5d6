-- The one model of the transition indicators (I06, I07, I08), with four parameters filled in by
-- the engine from the indicator's catalogue entry:
--   {cohort}        the indicator's own model: the enrolment rows of t that put a person in its
--                   cohort (e.g. i06_overgang_po_vo.sql: PO leerjaar 8);
--   {uitkomst}      where the person is in t+1, the indicator's outcomes in priority order as one
--                   case over the sectors of int_sectoren_volgend_jaar (v.vo = 1 then 'vo', ...);
--   {hoofduitkomst} the outcome whose share is the indicator's value (the totaal row);
--   {uitkomsten}    every outcome, as a values list: ('vo'), ('vso'), ...
-- A person's record is the first cohort row of t (file, then line order); the cohort's wijk is
-- that record's, the outcome looks at all the person's rows of t+1, wherever they live then.
-- Every cohort cell gets the totaal row and one row per outcome, also where nobody has that
-- outcome (teller 0). Which schooljaren are covered is the catalogue's rule, applied by the
-- engine (contract section 3): only t whose destination sector has rows of t+1 (I06: VO), so a
-- delivery without the VO file gives I06 no rows, not 0 %.
with cohort_rijen as (
    select
        schooljaar,
        persoon,
        wijk_code,
        row_number() over (partition by schooljaar, persoon order by bestand, regelnummer) as volgorde
    from {{ ref('{cohort}') }}
),

cohort as (
    select schooljaar, persoon, wijk_code
    from cohort_rijen
    where volgorde = 1 and wijk_code is not null
),

uitkomsten as (
    select c.schooljaar, c.wijk_code, {uitkomst} as uitkomst
    from cohort as c
    left join {{ ref('int_sectoren_volgend_jaar') }} as v using (schooljaar, persoon)
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

rijen as (
    -- What each cell row counts: the totaal row the main outcome, each uitkomst row its own.
    select 'totaal' as uitsplitsing, cast(null as string) as categorie, '{hoofduitkomst}' as uitkomst
    union all
    select 'uitkomst' as uitsplitsing, u.uitkomst as categorie, u.uitkomst
    from (values {uitkomsten}) as u(uitkomst)
),

final as (
    select c.schooljaar, c.wijk_code, r.uitsplitsing, r.categorie, coalesce(t.teller, 0) as teller, c.noemer
    from cohorten as c
    cross join rijen as r
    left join tellingen as t
        on t.schooljaar = c.schooljaar and t.wijk_code = c.wijk_code and t.uitkomst = r.uitkomst
)

select * from final
