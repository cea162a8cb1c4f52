package lspfixture

//fnlint:ignore schedule the report never runs with this value; it shows the syntax
var example = "rate(1 hours)"

var nightly = "cron(0 3 * * *)"
