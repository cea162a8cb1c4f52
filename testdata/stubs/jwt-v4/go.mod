module github.com/golang-jwt/jwt/v4

go 1.26
