-- I06 counted by hand for the benchmark's indicator floor (issue #18): persons in PO leerjaar 8 in
-- t with any VO row in t+1, per wijk and for the gemeente, straight from the partner CSV files
-- with DuckDB. No validation, no pseudonymisation, no intervals, no suppression: what the
-- definition costs at the least. {map} is the delivery folder.
with postcodes as (
    select upper(replace(postcode, ' ', '')) as postcode, wijk_code
    from read_csv('{map}/referentie/postcodes.csv', all_varchar = true)
),

inschrijvingen as (
    select bsn, schooljaar, geboortedatum, postcode, sector, leerjaar
    from read_csv('{map}/inschrijvingen_po_parnassys.csv', all_varchar = true, normalize_names = true, ignore_errors = true)
    union all
    select bsn, schooljaar, geboortedatum, postcode, sector, leerjaar
    from read_csv('{map}/inschrijvingen_vo_magister.csv', all_varchar = true, normalize_names = true, ignore_errors = true)
    union all
    select bsn, schooljaar, geboortedatum, postcode, sector, leerjaar
    from read_csv('{map}/Inschrijvingen_MBO_HBO_Eduarte.csv', all_varchar = true, normalize_names = true,
        ignore_errors = true, encoding = 'latin-1')
),

rijen as (
    select
        'inschrijving' as soort,
        lpad(replace(replace(bsn, ' ', ''), '.', ''), 9, '0') as persoon,
        try_cast(left(schooljaar, 4) as integer) as jaar,
        coalesce(try_strptime(geboortedatum, '%Y-%m-%d'), try_strptime(geboortedatum, '%d-%m-%Y'))::date as geboren,
        upper(replace(postcode, ' ', '')) as postcode,
        upper(trim(sector)) as sector,
        try_cast(leerjaar as integer) as leerjaar
    from inschrijvingen
),

gelegen as (
    select
        r.*,
        coalesce(p6.wijk_code, p4.wijk_code) as wijk_code,
        date_sub('year', r.geboren, make_date(r.jaar, 10, 1)) as leeftijd
    from rijen as r
    left join postcodes as p6 on p6.postcode = r.postcode
    left join postcodes as p4 on p4.postcode = left(r.postcode, 4)
    where r.jaar is not null
),

cohort as (
    select persoon, jaar, min(wijk_code) as wijk_code
    from gelegen
    where soort = 'inschrijving' and sector = 'PO' and leerjaar = 8 and wijk_code is not null
    group by all
),

volgend_jaar as (
    select persoon, jaar - 1 as jaar, bool_or(sector = 'VO') as vo
    from gelegen
    where soort = 'inschrijving'
    group by all
),

i06 as (
    select 'I06' as indicator, c.jaar, c.wijk_code, count(*) filter (where v.vo) as teller, count(*) as noemer
    from cohort as c
    left join volgend_jaar as v using (persoon, jaar)
    where c.jaar < (select max(jaar) from gelegen where soort = 'inschrijving')
    group by grouping sets ((c.jaar, c.wijk_code), (c.jaar))
)

select * from i06
