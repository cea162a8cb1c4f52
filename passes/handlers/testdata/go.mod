module example.com/fixtures

go 1.26

require (
	github.com/GoogleCloudPlatform/functions-framework-go v1.9.2
	github.com/aws/aws-lambda-go v1.55.1
	github.com/cloudevents/sdk-go/v2 v2.15.2
	github.com/fnlint/fnlint v0.0.0
	github.com/gin-gonic/gin v1.12.0
	github.com/gofiber/fiber/v2 v2.52.15
	github.com/labstack/echo/v4 v4.16.0
)

replace (
	github.com/GoogleCloudPlatform/functions-framework-go => ../../../testdata/stubs/functions-framework-go
	github.com/aws/aws-lambda-go => ../../../testdata/stubs/aws-lambda-go
	github.com/cloudevents/sdk-go/v2 => ../../../testdata/stubs/cloudevents
	github.com/fnlint/fnlint => ../../../testdata/stubs/fn
	github.com/gin-gonic/gin => ../../../testdata/stubs/gin
	github.com/gofiber/fiber/v2 => ../../../testdata/stubs/fiber
	github.com/labstack/echo/v4 => ../../../testdata/stubs/echo
)
