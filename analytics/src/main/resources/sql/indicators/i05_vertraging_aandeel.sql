-- I05: per domein, persons with a delay of 3 months or more at meetmoment E of t over persons
-- with an E measurement; the wijk is the student's record in t. No totaal row.
-- The measurements are counted per person and t first, a column pair per domein, so that the join
-- to the records takes one row per person-year (nationally 2.9 million) instead of one per
-- measurement (11.5 million, four domeinen each). The domeinen are the contract's four (section
-- 2; ingest rejects any other code, and the catalogue's breakdown lists these four); a cell is
-- there when a measurement of its domein is, as when counting the measurements themselves.
with metingen as (
    select
        schooljaar,
        persoon,
        count(*) filter (where domein = 'BEGRIJPEND_LEZEN') as begrijpend_lezen,
        count(*) filter (where domein = 'BEGRIJPEND_LEZEN' and vertraging_maanden >= 3) as begrijpend_lezen_3,
        count(*) filter (where domein = 'REKENEN') as rekenen,
        count(*) filter (where domein = 'REKENEN' and vertraging_maanden >= 3) as rekenen_3,
        count(*) filter (where domein = 'SPELLING') as spelling,
        count(*) filter (where domein = 'SPELLING' and vertraging_maanden >= 3) as spelling_3,
        count(*) filter (where domein = 'TECHNISCH_LEZEN') as technisch_lezen,
        count(*) filter (where domein = 'TECHNISCH_LEZEN' and vertraging_maanden >= 3) as technisch_lezen_3
    from {{ ref('stg_vertragingen') }}
    where meetmoment = 'E'
    group by schooljaar, persoon
),

per_wijk as (
    select
        m.schooljaar,
        r.wijk_code,
        sum(m.begrijpend_lezen) as begrijpend_lezen,
        sum(m.begrijpend_lezen_3) as begrijpend_lezen_3,
        sum(m.rekenen) as rekenen,
        sum(m.rekenen_3) as rekenen_3,
        sum(m.spelling) as spelling,
        sum(m.spelling_3) as spelling_3,
        sum(m.technisch_lezen) as technisch_lezen,
        sum(m.technisch_lezen_3) as technisch_lezen_3
    from metingen as m
    inner join {{ ref('int_eerste_inschrijving') }} as r using (schooljaar, persoon)
    where r.wijk_code is not null
    group by m.schooljaar, r.wijk_code
),

per_domein as (
    select
        w.schooljaar,
        w.wijk_code,
        d.domein,
        case d.domein
            when 'BEGRIJPEND_LEZEN' then w.begrijpend_lezen_3
            when 'REKENEN' then w.rekenen_3
            when 'SPELLING' then w.spelling_3
            else w.technisch_lezen_3
        end as teller,
        case d.domein
            when 'BEGRIJPEND_LEZEN' then w.begrijpend_lezen
            when 'REKENEN' then w.rekenen
            when 'SPELLING' then w.spelling
            else w.technisch_lezen
        end as noemer
    from per_wijk as w
    cross join (values ('BEGRIJPEND_LEZEN'), ('REKENEN'), ('SPELLING'), ('TECHNISCH_LEZEN')) as d(domein)
),

final as (
    select
        schooljaar,
        wijk_code,
        'domein' as uitsplitsing,
        domein as categorie,
        cast(teller as bigint) as teller,
        cast(noemer as bigint) as noemer
    from per_domein
    where noemer > 0
)

select * from final
