module example.com/e2e-svc

go 1.19
