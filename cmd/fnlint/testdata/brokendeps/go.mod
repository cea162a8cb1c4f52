module example.com/brokendeps

go 1.26
