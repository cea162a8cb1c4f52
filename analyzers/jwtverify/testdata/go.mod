module example.com/fixtures

go 1.26

require (
	github.com/aws/aws-lambda-go v1.55.1
	github.com/dgrijalva/jwt-go v3.2.0+incompatible
	github.com/go-jose/go-jose/v4 v4.1.4
	github.com/golang-jwt/jwt/v4 v4.5.2
	github.com/golang-jwt/jwt/v5 v5.3.1
)

replace (
	github.com/aws/aws-lambda-go => ../../../testdata/stubs/aws-lambda-go
	github.com/dgrijalva/jwt-go => ../../../testdata/stubs/dgrijalva-jwt
	github.com/go-jose/go-jose/v4 => ../../../testdata/stubs/go-jose
	github.com/golang-jwt/jwt/v4 => ../../../testdata/stubs/jwt-v4
	github.com/golang-jwt/jwt/v5 => ../../../testdata/stubs/jwt
)
