module github.com/go-redis/redis

go 1.22
