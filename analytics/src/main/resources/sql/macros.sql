-- Definitions of contract section 2 shared by every indicator.

-- P(t): 1 October of the schooljaar's first year.
create or replace macro peildatum(schooljaar) as
    make_date(cast(left(schooljaar, 4) as integer), 10, 1);

-- The schooljaar n years after (or before, for negative n) the given one.
create or replace macro schooljaar_plus(schooljaar, n) as
    cast(cast(left(schooljaar, 4) as integer) + n as varchar)
    || '-' || cast(cast(left(schooljaar, 4) as integer) + n + 1 as varchar);

-- Whole years completed on a date (a birthday on that date counts).
create or replace macro leeftijd_op(geboortedatum, datum) as
    year(datum) - year(geboortedatum)
    - case
        when month(datum) < month(geboortedatum)
            or (month(datum) = month(geboortedatum) and day(datum) < day(geboortedatum))
        then 1 else 0
      end;
