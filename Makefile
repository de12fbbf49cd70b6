# SAV Web. The two commands of the quick start are `make run` and `make test`; the scripts they
# call install what they need on a fresh machine (see README.md).
.PHONY: run test tools build sam-build clean

run:            ## The whole portal locally: emulator, API, site, demo data (Ctrl-C stops)
	@scripts/run.sh

test:           ## Every test: style, Java, template checks, browser tests
	@scripts/test.sh

tools:          ## Only install the local tools (.venv, node_modules, Chromium)
	@scripts/tools.sh --browser

build:          ## Only build the functions
	@. scripts/env.sh && $$MVN install -DskipTests

sam-build: build ## Build the deployment artifacts with SAM (.aws-sam/)
	@. scripts/env.sh && sam build

clean:
	rm -rf .aws-sam .local functions/*/target functions/target
