META
key;value
description;Free projects, a project without supporters and empty ballots
country;Netherlands
unit;Testdorp
instance;edge-cases
num_projects;4
num_votes;4
budget;10
vote_type;approval
rule;unknown
date_begin;2025-01-01
date_end;2025-01-31
PROJECTS
project_id;cost;name
a;0;Free and supported
b;5;Nobody wants this
c;6;Wanted by two
z;0;Free and unsupported
VOTES
voter_id;vote
v1;a,c
v2;c
v3;
v4;none
