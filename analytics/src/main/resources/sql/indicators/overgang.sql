-- The one model of the transition indicators (I06, I07, I08), with three parameters filled in by
-- the engine from the indicator's catalogue entry:
--   {cohort}        the indicator's own model: the enrolment rows of t that put a person in its
--                   cohort (e.g. i06_overgang_po_vo.sql: PO leerjaar 8);
--   {uitkomst}      where the person is in t+1, the indicator's outcomes in priority order as one
--                   case over the sectors of int_eerste_inschrijving of t+1 (v.vo = 1 then 'vo',
--                   ...);
--   uitkomst_cellen the cells of the outcomes (fragments/uitkomst_cellen.sql), at its place
--                   after the CTE uitkomsten.
-- A person's record is the first cohort row of t (file, then line order); the cohort's wijk is
-- that record's, the outcome looks at all the person's rows of t+1, wherever they live then.
-- Which schooljaren are covered is the catalogue's rule, applied by the engine (contract section
-- 3): only t whose destination sector has rows of t+1 (I06: VO), so a
-- delivery without the VO file gives I06 no rows, not 0 %.
with records as (
    -- The first cohort row (file in byte order, then line, as one bigint: see
    -- int_eerste_inschrijving).
    select
        c.schooljaar,
        c.persoon,
        eerste_waarde(c.wijk_code, b.bestand_nr * 4294967296 + c.regelnummer) as wijk_code
    from {{ ref('{cohort}') }} as c
    inner join {{ ref('int_bestand_volgorde') }} as b using (bestand)
    group by c.schooljaar, c.persoon
),

cohort as (
    select schooljaar, persoon, wijk_code
    from records
    where wijk_code is not null
),

uitkomsten as (
    select c.schooljaar, c.wijk_code, {uitkomst} as uitkomst
    from cohort as c
    -- The sectors of the person's rows of t+1 (int_eerste_inschrijving of t+1).
    left join {{ ref('int_eerste_inschrijving') }} as v
        on v.schooljaar = schooljaar_plus(c.schooljaar, 1) and v.persoon = c.persoon
),

{uitkomst_cellen}

select * from final
