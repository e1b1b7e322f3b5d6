-- I05: per domein, persons with a delay of 3 months or more at meetmoment E of t over persons
-- with an E measurement; the wijk is the student's record in t. No totaal row.
with metingen as (
    select schooljaar, persoon, domein, vertraging_maanden
    from {{ ref('stg_vertragingen') }}
    where meetmoment = 'E'
),

final as (
    select
        m.schooljaar,
        r.wijk_code,
        'domein' as uitsplitsing,
        m.domein as categorie,
        count(*) filter (where m.vertraging_maanden >= 3) as teller,
        count(*) as noemer
    from metingen as m
    inner join {{ ref('int_eerste_inschrijving') }} as r using (schooljaar, persoon)
    where r.wijk_code is not null
    group by all
)

select * from final
