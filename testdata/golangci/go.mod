module example.com/selfieservice

go 1.24
