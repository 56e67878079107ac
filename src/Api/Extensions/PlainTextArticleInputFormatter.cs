using System.Text;
using Microsoft.AspNetCore.Mvc.Formatters;
using NewsFacts.Api.Contracts;

namespace NewsFacts.Api.Extensions;

/// <summary>Lets <c>POST /api/articles</c> take a bare <c>text/plain</c> body: the whole body is the article text.</summary>
public sealed class PlainTextArticleInputFormatter : TextInputFormatter
{
    public PlainTextArticleInputFormatter()
    {
        SupportedMediaTypes.Add("text/plain");
        SupportedEncodings.Add(new UTF8Encoding(false, throwOnInvalidBytes: true));
        SupportedEncodings.Add(Encoding.Unicode);
    }

    protected override bool CanReadType(Type type) => type == typeof(CreateArticleRequest);

    public override async Task<InputFormatterResult> ReadRequestBodyAsync(InputFormatterContext context, Encoding encoding)
    {
        using var reader = new StreamReader(context.HttpContext.Request.Body, encoding);
        string text;
        try
        {
            text = await reader.ReadToEndAsync(context.HttpContext.RequestAborted);
        }
        catch (DecoderFallbackException)
        {
            context.ModelState.TryAddModelError(context.ModelName, $"The body is not valid {encoding.WebName} text.");
            return await InputFormatterResult.FailureAsync();
        }
        return await InputFormatterResult.SuccessAsync(new CreateArticleRequest(Text: text));
    }
}
