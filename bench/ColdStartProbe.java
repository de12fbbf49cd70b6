import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.List;
import java.util.Map;

/**
 * Cold-start probe for scripts/bench-cold-start.sh: in a fresh JVM whose class path is one
 * function's deployment package, constructs the handler the way Lambda does and answers one
 * API Gateway event, then prints the wall-clock time of the first response (epoch ms) and its
 * status. {@code plain} runs a handler with no framework and no AWS client: the baseline.
 *
 * <p>Usage: java ColdStartProbe HANDLER_CLASS|plain "GET /route/{x}" /route/1 [cookie]
 */
public final class ColdStartProbe {

    public static void main(String[] args) throws Exception {
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler =
                handler(args[0]);
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(args[1])
                .withRawPath(args[2])
                .withHeaders(Map.of("host", "localhost", "x-forwarded-proto", "http"))
                .withCookies(args.length > 3 ? List.of(args[3]) : null)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId("cold-start")
                        .withRouteKey(args[1])
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(args[1].split(" ")[0]).withPath(args[2]).build())
                        .build())
                .build();
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, new ProbeContext());
        long answeredAt = System.currentTimeMillis();
        System.out.println("FIRST_RESPONSE " + answeredAt + " " + response.getStatusCode());
        System.exit(0);
    }

    @SuppressWarnings("unchecked")
    private static RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler(
            String name) throws Exception {
        if (name.equals("plain")) {
            return (event, context) -> APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(200).withBody("{}").build();
        }
        return (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>)
                Class.forName(name).getDeclaredConstructor().newInstance();
    }

    private static final class ProbeContext implements Context {
        public String getAwsRequestId() { return "cold-start"; }
        public String getLogGroupName() { return "probe"; }
        public String getLogStreamName() { return "probe"; }
        public String getFunctionName() { return "probe"; }
        public String getFunctionVersion() { return "1"; }
        public String getInvokedFunctionArn() { return "arn:aws:lambda:local:0:function:probe"; }
        public CognitoIdentity getIdentity() { return null; }
        public ClientContext getClientContext() { return null; }
        public int getRemainingTimeInMillis() { return 30_000; }
        public int getMemoryLimitInMB() { return 1024; }
        public LambdaLogger getLogger() {
            return new LambdaLogger() {
                public void log(String message) { }
                public void log(byte[] message) { }
            };
        }
    }
}
