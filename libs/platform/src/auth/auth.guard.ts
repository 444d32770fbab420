import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, SetMetadata, UnauthorizedException, createParamDecorator } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { IncomingMessage } from 'node:http';
import { SERVICE_CONFIG, type ServiceConfig } from '../config/service-config';
import { principalSchema, type Principal, type Role } from './principal';
import { TOKEN_ISSUER } from './tokens';

const PUBLIC_KEY = 'zc:public';
const ROLES_KEY = 'zc:roles';

/** Open to anyone without a token (health, metrics, public listings and verification). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
/** The roles that may call a handler; other authenticated callers get 403. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

type AuthedRequest = IncomingMessage & { principal?: Principal };

export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthedRequest>().principal;
  if (!principal) throw new UnauthorizedException('no principal on request');
  return principal;
});

/** Global guard: every HTTP route needs a valid bearer token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly jwt: JwtService;

  constructor(
    private readonly reflector: Reflector,
    @Inject(SERVICE_CONFIG) config: ServiceConfig,
  ) {
    this.jwt = new JwtService({ secret: config.jwtSecret });
  }

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    request.principal = this.authenticate(request.headers.authorization);
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (allowed && !request.principal.roles.some((role: Role) => allowed.includes(role))) {
      throw new ForbiddenException('your roles do not allow this call');
    }
    return true;
  }

  private authenticate(header: string | undefined): Principal {
    const token = header?.match(/^Bearer (.+)$/i)?.[1];
    if (!token) throw new UnauthorizedException('a bearer token is required');
    let claims: Record<string, unknown>;
    try {
      claims = this.jwt.verify(token, { issuer: TOKEN_ISSUER, algorithms: ['HS256'] });
    } catch (error) {
      throw new UnauthorizedException(`invalid token: ${(error as Error).message}`);
    }
    const principal = principalSchema.safeParse({ ...claims, sub: claims['sub'] });
    if (!principal.success) throw new UnauthorizedException('token claims are not a valid principal');
    return principal.data;
  }
}
