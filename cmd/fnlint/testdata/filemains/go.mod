module example.com/filemains

go 1.26
