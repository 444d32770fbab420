/** The sign-in pages people see, in Chinese: plain HTML with its one style sheet inline. */

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · 职称评审统一身份认证</title>
<style>
body{font-family:system-ui,"Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;background:#f3f5f8;margin:0;color:#1f2933}
main{max-width:24rem;margin:10vh auto;background:#fff;padding:2rem 2.25rem;border-radius:8px;box-shadow:0 2px 12px #0001}
h1{font-size:1.3rem;margin:0 0 .25rem}p.lead{color:#52606d;margin:0 0 1.5rem;font-size:.9rem}
label{display:block;font-size:.9rem;margin:1rem 0 .35rem}input{width:100%;box-sizing:border-box;padding:.6rem;border:1px solid #cbd2d9;border-radius:4px;font-size:1rem}
button{margin-top:1.5rem;width:100%;padding:.7rem;border:0;border-radius:4px;background:#c0392b;color:#fff;font-size:1rem;cursor:pointer}
.error{background:#fdecea;color:#922;padding:.6rem .8rem;border-radius:4px;font-size:.9rem}
code{word-break:break-all}a{color:#c0392b}
</style></head><body><main>${body}</main></body></html>`;
}

export function loginPage(uid: string, client: string, error?: string, login = ''): string {
  return page(
    '登录',
    `<h1>职称评审统一身份认证</h1>
<p class="lead">使用实名账号登录「${escape(client)}」</p>
${error ? `<p class="error" role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login" autocomplete="off">
<label for="login">证件号码或账号</label><input id="login" name="login" value="${escape(login)}" required autofocus>
<label for="password">密码</label><input id="password" name="password" type="password" required>
<button type="submit">登录</button>
</form>
<p><a href="/interaction/${escape(uid)}/abort">取消</a></p>`,
  );
}

export function signedInPage(code: string | undefined): string {
  return page('登录成功', `<h1>登录成功</h1><p class="lead">授权码（请回到应用中继续）：</p><p><code>${escape(code ?? '')}</code></p>`);
}

export function errorPage(message: string): string {
  return page('出错了', `<h1>无法完成登录</h1><p class="error" role="alert">${escape(message)}</p><p>请返回应用重新发起登录。</p>`);
}
